/**
 * Offers a text as a file download, the way a static app can: a Blob URL on a temporary link.
 * The text is encoded as UTF-8 (so a leading U+FEFF becomes the byte-order mark Excel needs).
 */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  downloadBlob(fileName, new Blob([text], { type }), doc);
}

/** Offers a Blob (built from parts, any size) for download. */
export function downloadBlob(fileName: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click starts the download asynchronously: release the URL once it has been taken.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A chosen file's text (UTF-8), with FileReader where `Blob.text` is missing (older engines). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsText(file);
  });
}
