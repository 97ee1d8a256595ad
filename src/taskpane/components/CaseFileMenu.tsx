/**
 * The case menu in the pane's header: the example, an empty case, open a case file, save it. Its
 * own chunk (Fluent's menu and positioning): CaseFileMenuButton stands in until it is loaded.
 */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular, FolderOpenRegular, LightbulbRegular } from "@fluentui/react-icons";
import { CaseMenuTrigger, type CaseFileActions } from "./CaseFileMenuButton";
import { useTexts } from "./EditorContext";

export function CaseFileMenu({ defaultOpen, ...actions }: CaseFileActions & { defaultOpen?: boolean }) {
  const { s } = useTexts();
  // An action runs once the menu has closed: a question it opens (replace the case?) must not be
  // hidden from assistive technology by the closing menu's focus trap.
  const later = (action: () => void) => () => setTimeout(action, 0);
  const onExample = later(actions.onExample);
  const onEmpty = later(actions.onEmpty);
  const onOpen = later(actions.onOpen);
  const onSave = actions.onSave && later(actions.onSave);
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <CaseMenuTrigger />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<LightbulbRegular />} onClick={onExample}>
            {s.newExample}
          </MenuItem>
          <MenuItem icon={<DocumentAddRegular />} onClick={onEmpty}>
            {s.newEmpty}
          </MenuItem>
          <MenuItem icon={<FolderOpenRegular />} onClick={onOpen}>
            {s.openFile}
          </MenuItem>
          {onSave && (
            <MenuItem icon={<ArrowDownloadRegular />} onClick={onSave}>
              {s.saveFile}
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
