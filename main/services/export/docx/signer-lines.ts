/** The signer's authority may hold two lines ("TL. CHỦ TỊCH" then "KT. CHÁNH VĂN PHÒNG"). */
export function authorityLines(authority: string): string[] {
  return authority
    .split(/\n|\s+(?=(?:TM|KT|Q|TL|TUQ)\.\s)/)
    .map((line) => line.trim())
    .filter(Boolean);
}
