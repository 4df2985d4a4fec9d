/** Offers `text` as a file download (works under a strict CSP: a blob URL and a temporary link). */
export function downloadText(filename: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a user-chosen file as text. */
export function readFileText(file: Blob): Promise<string> {
  return file.text();
}
