/**
 * The task pane's entry: find out where the pane runs (Excel, another Office host, a plain
 * browser) and in which language, then show the wizard. office.js is loaded by the page before
 * this bundle (webpack.config.js injects it); outside Office it may be missing altogether.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectEnvironment } from "./office/environment";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void detectEnvironment().then((env) => {
    document.documentElement.lang = env.lang;
    root.render(<App env={env} />);
  });
}
