/**
 * Placeholder for the task pane so that the build runs; the wizard replaces this file.
 * (Written by the build/manifest helper; the task-pane helper owns it from now on.)
 */
import { createRoot } from "react-dom/client";

function Placeholder() {
  return <h1>Businesscase Gezinsgerichte Zorg</h1>;
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Placeholder />);
