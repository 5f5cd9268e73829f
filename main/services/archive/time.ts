/** Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** ISO-8601 in Vietnam time with the +07:00 offset the model expects, to the second. */
export function toVietnamIso(date: Date): string {
  return `${new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The calendar day in Vietnam, yyyy-mm-dd: one daily backup per office day. */
export function vietnamDay(date: Date): string {
  return toVietnamIso(date).slice(0, 10);
}

/** A sortable file-name stamp: 20261127-181530-042. */
export function fileStamp(date: Date): string {
  const iso = new Date(date.getTime() + VN_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
}
