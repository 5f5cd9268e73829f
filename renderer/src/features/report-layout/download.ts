/** Saves bytes the host sent as base64 through an <a download> click (the web host's exports). */
export function downloadBase64(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes]));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the next task; revoking at once can cancel it in Chromium.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
