/** How far the shift from current to target volumes has come in each year (method.md section 3). */

/** p(i) for i = 0..horizon: linear, min(i / yearsToTarget, 1), or the given shares with p(0) = 0. */
export function phaseShares(horizonYears: number, yearsToTarget: number, shares?: readonly number[]): number[] {
  const p: number[] = [];
  for (let i = 0; i <= horizonYears; i++) {
    if (i === 0) p.push(0);
    else if (shares) p.push(shares[i - 1]);
    else p.push(Math.min(i / yearsToTarget, 1));
  }
  return p;
}

/** v(i) = current + (target - current) x p(i) x realisation; volumes may be fractional. */
export function phasedVolume(current: number, target: number, phase: number, realisation = 1): number {
  return current + (target - current) * phase * realisation;
}
