/** Regions (method.md section 6): volumes and population given per municipality. */
import { ownValue } from "./records";
import type { Case, Municipality } from "./schema";

export interface FormVolumes {
  current: number;
  target: number;
}

/** Current and target volume per care form: from the form, or summed over the municipalities. */
export function volumesByForm(c: Case): Map<string, FormVolumes> {
  const out = new Map<string, FormVolumes>();
  for (const f of c.careForms) {
    if (c.municipalities) {
      out.set(f.id, sumOverMunicipalities(c.municipalities, f.id));
    } else {
      out.set(f.id, { current: f.current ?? 0, target: f.target ?? 0 });
    }
  }
  return out;
}

export function sumOverMunicipalities(municipalities: readonly Municipality[], formId: string): FormVolumes {
  let current = 0;
  let target = 0;
  for (const m of municipalities) {
    const v = ownValue(m.volumes, formId);
    if (v) {
      current += v.current;
      target += v.target;
    }
  }
  return { current, target };
}

/** The region's youths aged 0-17: as given, else the sum over the municipalities, else unknown. */
export function regionYouthPopulation(c: Case): number | null {
  if (c.youthPopulation !== undefined) return c.youthPopulation;
  if (c.municipalities && c.municipalities.every((m) => m.youthPopulation !== undefined)) {
    return c.municipalities.reduce((s, m) => s + (m.youthPopulation ?? 0), 0);
  }
  return null;
}

export function municipalityVolume(m: Municipality, formId: string): FormVolumes {
  return ownValue(m.volumes, formId) ?? { current: 0, target: 0 };
}

/** Placements per 1,000 youths aged 0-17 (method.md section 3). */
export function perThousand(count: number, youthPopulation: number): number {
  return (count / youthPopulation) * 1000;
}
