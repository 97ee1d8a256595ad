/**
 * Hands a file to the user as a download: a Blob URL on a temporary link. Works in the task pane
 * and in a plain browser, with no network request (the page's CSP allows blob: URLs for this).
 */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from the region and year: `businesscase-gemeente-voorbeeldstad-2025`. */
export function fileStem(region: unknown, baseYear: unknown): string {
  const slug =
    typeof region === "string"
      ? region
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-+|-+$/g, "")
          .slice(0, 60)
      : "";
  const year = typeof baseYear === "number" && Number.isInteger(baseYear) ? `-${baseYear}` : "";
  return `businesscase${slug ? `-${slug}` : ""}${year}`;
}

/** The bytes of a chosen file (File.arrayBuffer where the browser has it, else a FileReader). */
export function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** The text of a chosen file (File.text where the browser has it, else a FileReader). */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file);
  });
}
