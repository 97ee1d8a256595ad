/** The reader's texts: what is wrong with a cell read back (why a workbook holds no readable model: model.ts, xlsx.ts). */
import { catalogue } from "../../model/catalogue";

export const READ_TEXTS = catalogue(
  {
    nameMissing: (name: string, plannedCell: string) => `de naam ${name} ontbreekt in de werkmap; bij de laatste opbouw stond die op ${plannedCell}`,
    nameBroken: (name: string, plannedCell: string) =>
      `de naam ${name} verwijst naar een verwijderde cel (#VERW!); bij de laatste opbouw stond die op ${plannedCell}`,
    cellEmpty: "is verplicht, maar de cel is leeg",
    notANumber: (shown: string) => `moet een getal zijn, maar de cel bevat ${shown}`,
    notAChoice: (options: string, shown: string) => `moet een van deze zijn: ${options} (nu: ${shown})`,
  },
  {
    nameMissing: (name, plannedCell) => `the name ${name} is missing from the workbook; at the last build it pointed at ${plannedCell}`,
    nameBroken: (name, plannedCell) => `the name ${name} points at a deleted cell (#REF!); at the last build it pointed at ${plannedCell}`,
    cellEmpty: "is required, but the cell is empty",
    notANumber: (shown) => `must be a number, but the cell holds ${shown}`,
    notAChoice: (options, shown) => `must be one of: ${options} (now: ${shown})`,
  },
);
