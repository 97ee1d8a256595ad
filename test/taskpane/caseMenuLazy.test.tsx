/**
 * The case menu is fetched after the page shows (its own chunk): a click on "Casus" before it has
 * arrived still opens it. This file does not use the harness, which loads every deferred part first.
 */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CaseFileMenuButton } from "../../src/taskpane/components/CaseFileMenuButton";
import { TextsContext } from "../../src/taskpane/components/EditorContext";
import { nl } from "../../src/taskpane/i18n/nl";

it("opens the menu that a click asked for before it had arrived", async () => {
  const user = userEvent.setup({ delay: null });
  const onEmpty = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={{ lang: "nl", s: nl }}>
        <CaseFileMenuButton onExample={jest.fn()} onEmpty={onEmpty} onOpen={jest.fn()} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  expect(screen.queryByRole("menu")).toBeNull();
  await user.click(screen.getByRole("button", { name: "Casus" }));
  await user.click(await screen.findByRole("menuitem", { name: "Lege casus" }));
  await new Promise((resolve) => setTimeout(resolve, 10)); // the action runs once the menu has closed
  expect(onEmpty).toHaveBeenCalledTimes(1);
});
