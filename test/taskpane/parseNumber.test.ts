/**
 * The number parser of the wizard: what Dutch and English users type, and the documented rules
 * for the ambiguous cases (see the comment at the top of parseNumber.ts).
 */
import fc from "fast-check";
import { parseNumber, type NumberLocale } from "../../src/taskpane/numbers/parseNumber";
import { formatForInput } from "../../src/taskpane/numbers/format";

const value = (text: string, locale: NumberLocale, allowPercent = false) => {
  const r = parseNumber(text, locale, { allowPercent });
  if (r.kind !== "number") throw new Error(`'${text}' (${locale}) gave ${JSON.stringify(r)}`);
  return r.value;
};
const reason = (text: string, locale: NumberLocale, allowPercent = false) => {
  const r = parseNumber(text, locale, { allowPercent });
  return r.kind === "invalid" ? r.reason : r.kind;
};

describe("parseNumber: what the issue lists", () => {
  it.each<[string, NumberLocale, number]>([
    ["1.234,56", "nl", 1234.56],
    ["1234,56", "nl", 1234.56],
    ["1234.56", "nl", 1234.56],
    ["€ 250", "nl", 250],
    ["-3", "nl", -3],
    ["1.234,56", "en", 1234.56],
    ["1234,56", "en", 1234.56],
    ["1234.56", "en", 1234.56],
    ["€ 250", "en", 250],
    ["-3", "en", -3],
  ])("%s (%s) = %d", (text, locale, expected) => {
    expect(value(text, locale)).toBe(expected);
  });

  it("56% is 0.56 in a share field, in both languages", () => {
    expect(value("56%", "nl", true)).toBe(0.56);
    expect(value("56%", "en", true)).toBe(0.56);
    expect(value("3,94%", "nl", true)).toBe(0.0394);
    expect(value("3.94 %", "en", true)).toBe(0.0394);
    expect(value("2,25%", "nl", true)).toBe(0.0225);
  });

  it("a percentage is refused where the field is not a share", () => {
    expect(reason("56%", "nl")).toBe("percentNotAllowed");
  });
});

describe("parseNumber: separators", () => {
  it("both separators: the last one is the decimal separator, in either language", () => {
    for (const locale of ["nl", "en"] as const) {
      expect(value("1,234.56", locale)).toBe(1234.56);
      expect(value("1.234.567,89", locale)).toBe(1234567.89);
      expect(value("1,234,567.89", locale)).toBe(1234567.89);
    }
  });

  it("Dutch: a single dot followed by exactly three digits separates thousands", () => {
    expect(value("1.234", "nl")).toBe(1234);
    expect(value("12.500", "nl")).toBe(12500);
    expect(value("250.000", "nl")).toBe(250000);
    expect(value("-1.234", "nl")).toBe(-1234);
  });

  it("Dutch: any other single dot is a decimal point", () => {
    expect(value("1.5", "nl")).toBe(1.5);
    expect(value("163.59", "nl")).toBe(163.59);
    expect(value("1234.5", "nl")).toBe(1234.5);
    expect(value("0.250", "nl")).toBe(0.25); // a leading 0 is never a thousands group
    expect(value("1.2345", "nl")).toBe(1.2345);
  });

  it("Dutch: a single comma is the decimal separator", () => {
    expect(value("1,5", "nl")).toBe(1.5);
    expect(value("163,59", "nl")).toBe(163.59);
    expect(value("1,234", "nl")).toBe(1.234);
    expect(value("0,0394", "nl")).toBe(0.0394);
  });

  it("English: a single dot is the decimal point, three digits or not", () => {
    expect(value("1.234", "en")).toBe(1.234);
    expect(value("1.5", "en")).toBe(1.5);
  });

  it("English: a single comma before exactly three digits separates thousands, otherwise it is a decimal comma", () => {
    expect(value("1,234", "en")).toBe(1234);
    expect(value("12,500", "en")).toBe(12500);
    expect(value("1,5", "en")).toBe(1.5);
    expect(value("163,59", "en")).toBe(163.59);
    expect(value("0,250", "en")).toBe(0.25);
  });

  it("repeated separators of one kind are thousands separators and must be well grouped", () => {
    expect(value("1.234.567", "nl")).toBe(1234567);
    expect(value("1,234,567", "en")).toBe(1234567);
    expect(value("1.234.567", "en")).toBe(1234567);
    expect(reason("1.23.4", "nl")).toBe("badGrouping");
    expect(reason("1,2,3", "en")).toBe("badGrouping");
    expect(reason("1.234,5,6", "nl")).toBe("badGrouping");
    expect(reason("12,34.5", "en")).toBe("badGrouping");
  });

  it("spaces between groups separate thousands; other spaces are an error", () => {
    expect(value("1 234 567,89", "nl")).toBe(1234567.89);
    expect(value("1\u00a0234", "nl")).toBe(1234);
    expect(value("1\u202f234.5", "en")).toBe(1234.5);
    expect(reason("12 34", "nl")).toBe("badGrouping");
  });

  it("a missing digit on one side of a decimal separator", () => {
    expect(value("5,", "nl")).toBe(5);
    expect(value(",5", "nl")).toBe(0.5);
    expect(value(".5", "en")).toBe(0.5);
    expect(reason(",", "nl")).toBe("notANumber");
  });
});

describe("parseNumber: signs, currency, empty and rubbish", () => {
  it("signs and euro marks in any order", () => {
    expect(value("-€ 5", "nl")).toBe(-5);
    expect(value("€ -5", "nl")).toBe(-5);
    expect(value("−7,5", "nl")).toBe(-7.5); // the minus sign U+2212
    expect(value("+7", "en")).toBe(7);
    expect(value("250 €", "nl")).toBe(250);
    expect(value("EUR 1.234,56", "nl")).toBe(1234.56);
    expect(value("€1,234.56", "en")).toBe(1234.56);
    expect(value("  42  ", "en")).toBe(42);
  });

  it("empty text is empty, not zero", () => {
    expect(parseNumber("", "nl")).toEqual({ kind: "empty" });
    expect(parseNumber("   ", "en")).toEqual({ kind: "empty" });
  });

  it.each(["abc", "12abc", "1e6", "--3", "1-2", "€", "%", "ongeveer 250", "0x10", "Infinity", "NaN"])("'%s' is not a number", (text) => {
    expect(parseNumber(text, "nl", { allowPercent: true }).kind).toBe("invalid");
  });
});

describe("parseNumber: what the wizard shows parses back to the same number", () => {
  it("formatForInput then parseNumber is the identity, for every kind and language", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<"nl" | "en">("nl", "en"),
        fc.oneof(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100),
          fc.integer({ min: 0, max: 1e6 }).map((c) => c / 1e6),
        ),
        (lang, x) => {
          expect(value(formatForInput(x, "amount", lang), lang)).toBeCloseTo(x, 8);
          expect(value(formatForInput(x, "count", lang), lang)).toBeCloseTo(x, 8);
          if (Number.isInteger(x)) expect(value(formatForInput(x, "integer", lang), lang)).toBe(x);
          if (Math.abs(x) <= 1) expect(value(formatForInput(x, "share", lang), lang, true)).toBeCloseTo(x, 8);
        },
      ),
    );
  });
});
