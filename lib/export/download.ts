/** Saves text as a file through a Blob and `<a download>`: no `downloads` permission needed. */
export function downloadText(doc: Document, filename: string, text: string, mime: string): void {
  downloadBlob(doc, filename, new Blob([text], { type: mime }));
}

/** Saves a Blob (e.g. one built from many parts, larger than any one string may be) as a file. */
export function downloadBlob(doc: Document, filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; give slow machines a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
