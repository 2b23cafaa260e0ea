/** Offering a Blob as a file download: msSaveOrOpenBlob in IE/old Edge, an <a download> elsewhere. */
export function saveBlob(blob: Blob, fileName: string): void {
  const nav = window.navigator as Navigator & { msSaveOrOpenBlob?: (b: Blob, n: string) => boolean };
  if (nav.msSaveOrOpenBlob) {
    nav.msSaveOrOpenBlob(blob, fileName);
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  document.body.removeChild(a);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
