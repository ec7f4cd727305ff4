import type { FileOut, TextSource } from '../core/ports/ledgerRepository';

/**
 * Hands a produced file to the user as a download from the pane's own origin (a blob: URL), so
 * nothing leaves the machine.
 */
export async function saveFile(file: FileOut, doc: Document = document): Promise<void> {
  const blob =
    file.handle instanceof Blob
      ? file.handle
      : new Blob([await file.text()], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once cancels the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A picked file as the store's TextSource; keeps the name for error messages. */
export function textSourceOf(file: File): TextSource & { readonly name: string } {
  return { name: file.name, text: () => file.text() };
}
