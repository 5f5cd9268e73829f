import { DOCUMENT_TYPE_INFO, type ReportFields } from '../fields';
import {
  PARTY_TITLE,
  QUOC_HIEU,
  TIEU_NGU,
  addresseeLines,
  congVanSummary,
  numberLine,
  placeDateLine,
  recipientLines,
} from '../nd30';
import type { ReportLayout } from '../report';
import { escapeHtml } from './escape';

/** Capitals and line breaks of a header line ("VĂN PHÒNG\nUBND TỈNH" stays two lines). */
function lines(value: string, upper = false): string {
  const text = upper ? value.toLocaleUpperCase('vi') : value;
  return text
    .split(/\r?\n/)
    .map((line) => escapeHtml(line.trim()))
    .filter(Boolean)
    .join('<br>');
}

/**
 * The two-column header (Mẫu 1.4): agency (with the chủ quản line and the short rule) beside
 * the Quốc hiệu and Tiêu ngữ; the number and the place and date on one row; a công văn's "V/v …"
 * under its number. The Party layout puts "ĐẢNG CỘNG SẢN VIỆT NAM" on the right.
 */
export function headerHtml(fields: ReportFields, layout: ReportLayout, year: number): string {
  const parent = fields.parentAgency?.trim()
    ? `<div class="kt-parent-agency">${lines(fields.parentAgency, true)}</div>`
    : '';
  const agencyText = lines(fields.agency, true);
  // The Party layout marks the end of the agency with a star (HD 36-HD/VPTW), ND30 with a rule.
  const agency = !agencyText
    ? '<div class="kt-agency kt-empty"></div>'
    : layout === 'party'
      ? `<div class="kt-agency">${agencyText}</div><div class="kt-party-star">*</div>`
      : `<div class="kt-agency"><span class="kt-ruled">${agencyText}</span></div>`;
  const national =
    layout === 'party'
      ? `<div class="kt-party-title"><span class="kt-ruled-full">${PARTY_TITLE}</span></div>`
      : `<div class="kt-quoc-hieu">${QUOC_HIEU}</div>` +
        `<div class="kt-tieu-ngu"><span class="kt-ruled-full">${TIEU_NGU}</span></div>`;
  const cv =
    fields.type === 'cong-van' && fields.summary.trim()
      ? `<div class="kt-cv-summary">${escapeHtml(congVanSummary(fields.summary))}</div>`
      : '';
  return (
    '<table class="kt-header" role="presentation"><colgroup><col class="kt-col-left"><col class="kt-col-right"></colgroup>' +
    `<tr><td class="kt-header-agency">${parent}${agency}</td><td class="kt-header-national">${national}</td></tr>` +
    `<tr><td class="kt-number">${escapeHtml(numberLine(fields, layout))}${cv}</td>` +
    `<td class="kt-place-date">${escapeHtml(placeDateLine(fields, year))}</td></tr></table>`
  );
}

/** Tên loại and trích yếu, centred, with the short rule under the trích yếu (none for a công văn). */
export function titleHtml(fields: ReportFields): string {
  const name = DOCUMENT_TYPE_INFO[fields.type].name;
  if (!name) return '';
  const summary = fields.summary.trim()
    ? `<div class="kt-summary"><span class="kt-ruled">${lines(fields.summary)}</span></div>`
    : '';
  return `<div class="kt-title"><div class="kt-type-name">${name}</div>${summary}</div>`;
}

/** "Kính gửi:" with one addressee on its line, or several one per line aligned after the colon. */
export function addresseesHtml(fields: ReportFields): string {
  const items = addresseeLines(fields.addressees);
  if (items.length === 0) return '';
  const list = items.map((item) => `<div>${escapeHtml(item)}</div>`).join('');
  return `<div class="kt-kinh-gui"><span class="kt-kinh-gui-label">Kính gửi:</span><div class="kt-kinh-gui-list">${list}</div></div>`;
}

/** Nơi nhận (left) beside the signer (right), level with each other, as one block kept on a page. */
export function signerHtml(fields: ReportFields): string {
  const recipients = recipientLines(fields.recipients);
  const noiNhan = recipients.length
    ? '<div class="kt-noi-nhan-label">Nơi nhận:</div>' +
      recipients.map((r) => `<div class="kt-noi-nhan-item">${escapeHtml(r)}</div>`).join('')
    : '';
  const authority = fields.signerAuthority.trim()
    ? `<div class="kt-signer-authority">${lines(fields.signerAuthority, true)}</div>`
    : '';
  const title = fields.signerTitle.trim()
    ? `<div class="kt-signer-title">${lines(fields.signerTitle, true)}</div>`
    : '';
  const name = fields.signerName.trim()
    ? `<div class="kt-signer-name">${escapeHtml(fields.signerName.trim())}</div>`
    : '';
  if (!noiNhan && !authority && !title && !name) return '';
  const space = authority || title || name ? '<div class="kt-signature-space"></div>' : '';
  return (
    '<table class="kt-signer" role="presentation"><colgroup><col class="kt-col-left"><col class="kt-col-right"></colgroup>' +
    `<tr><td class="kt-noi-nhan">${noiNhan}</td><td class="kt-sign">${authority}${title}${space}${name}</td></tr></table>`
  );
}
