/** The case menu in the pane's header: the example, an empty case, open a case file, save it. */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular, FolderOpenRegular, LightbulbRegular, NavigationRegular } from "@fluentui/react-icons";
import { useTexts } from "./EditorContext";

export interface CaseFileActions {
  onExample: () => void;
  onEmpty: () => void;
  onOpen: () => void;
  /** Absent while there is no case to save (the start page). */
  onSave?: () => void;
}

export function CaseFileMenu({ onExample, onEmpty, onOpen, onSave }: CaseFileActions) {
  const { s } = useTexts();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" icon={<NavigationRegular />}>
          {s.caseMenu}
        </Button>
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
