import {
  BODY,
  COLUMNS_PERCENT,
  FALLBACK_FONT_FAMILY,
  FONT_FAMILY,
  FONT_PT,
  MARGINS_MM,
  PAGE_MM,
  PAGE_NUMBER_FROM_TOP_MM,
  RULE_PT,
  SHORT_RULE_SHARE,
} from '../nd30';
import type { ReportLayout } from '../report';

export const FONT_STACK = `'${FONT_FAMILY}', '${FALLBACK_FONT_FAMILY}', serif`;

/**
 * The paper: A4 at the layout's margins, the page number centred in the top margin from page 2
 * (none on page 1). Only for the print document: the page view has its own page surfaces.
 */
export function pageCss(layout: ReportLayout): string {
  const m = MARGINS_MM[layout];
  // The number's box spans the top margin; padding puts its line about 10 mm from the edge.
  const numberTop = Math.max(0, PAGE_NUMBER_FROM_TOP_MM - FONT_PT.pageNumber * 0.3528 * 0.8);
  return `@page{size:${PAGE_MM.width}mm ${PAGE_MM.height}mm;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
@top-center{content:counter(page);font-family:${FONT_STACK};font-size:${FONT_PT.pageNumber}pt;vertical-align:top;padding-top:${numberTop.toFixed(1)}mm}}
@page:first{@top-center{content:none}}
html,body{margin:0;padding:0;background:#fff}`;
}

/** Everything inside `.kt-doc`: header, title, Kính gửi, body, signer, in the decree's sizes. */
export function documentCss(): string {
  const rule = `${RULE_PT}pt solid #000`;
  const short = `${Math.round(SHORT_RULE_SHARE * 100)}%`;
  return `.kt-doc{font-family:${FONT_STACK};font-size:${FONT_PT.body}pt;line-height:${BODY.lineHeight};color:#000;font-kerning:normal;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.kt-doc table.kt-header,.kt-doc table.kt-signer{width:100%;border-collapse:collapse;table-layout:fixed;margin:0}
.kt-doc .kt-header td,.kt-doc .kt-signer td{padding:0;vertical-align:top;border:none}
.kt-doc col.kt-col-left{width:${COLUMNS_PERCENT.left}%}.kt-doc col.kt-col-right{width:${COLUMNS_PERCENT.right}%}
.kt-doc .kt-header td{text-align:center;line-height:1.1}
.kt-doc .kt-parent-agency{font-size:${FONT_PT.parentAgency}pt}
.kt-doc .kt-agency{font-size:${FONT_PT.agency}pt;font-weight:bold;min-height:1em}
.kt-doc .kt-ruled,.kt-doc .kt-ruled-full{display:inline-block}
.kt-doc .kt-ruled::after,.kt-doc .kt-ruled-full::after{content:'';display:block;margin:3pt auto 0;border-top:${rule};width:${short}}
.kt-doc .kt-ruled-full::after{width:100%}
.kt-doc .kt-quoc-hieu{font-size:${FONT_PT.quocHieu}pt;font-weight:bold;white-space:nowrap}
.kt-doc .kt-tieu-ngu{font-size:${FONT_PT.tieuNgu}pt;font-weight:bold;white-space:nowrap}
.kt-doc .kt-party-star{font-size:${FONT_PT.agency}pt;line-height:1}
.kt-doc .kt-party-title{font-size:${FONT_PT.quocHieu + 1}pt;font-weight:bold;white-space:nowrap}
.kt-doc td.kt-number{font-size:${FONT_PT.number}pt;padding-top:6pt;white-space:pre}
.kt-doc td.kt-place-date{font-size:${FONT_PT.placeDate}pt;font-style:italic;padding-top:6pt;white-space:pre-wrap}
.kt-doc .kt-cv-summary{font-size:${FONT_PT.congVanSummary}pt;white-space:normal;margin-top:6pt}
.kt-doc .kt-title{text-align:center;margin-top:18pt;font-weight:bold}
.kt-doc .kt-type-name{font-size:${FONT_PT.typeName}pt}
.kt-doc .kt-summary{font-size:${FONT_PT.summary}pt}
.kt-doc .kt-kinh-gui{display:flex;justify-content:center;gap:0.4em;margin:12pt 0 6pt;font-size:${FONT_PT.kinhGui}pt}
.kt-doc .kt-header+.kt-kinh-gui{margin-top:18pt}
.kt-doc .kt-body{margin-top:12pt}
.kt-doc .kt-body p,.kt-doc .kt-body h1,.kt-doc .kt-body h2,.kt-doc .kt-body h3{font-size:${FONT_PT.body}pt;text-align:justify;text-indent:${BODY.firstLineIndentCm}cm;margin:0 0 ${BODY.spaceAfterPt}pt;orphans:2;widows:2}
.kt-doc .kt-body h1,.kt-doc .kt-body h2,.kt-doc .kt-body h3{font-weight:bold;break-after:avoid}
.kt-doc .kt-body h3{font-weight:normal}
.kt-doc .kt-body li p,.kt-doc .kt-body td p,.kt-doc .kt-body th p{text-indent:0}
.kt-doc .kt-body ul,.kt-doc .kt-body ol{margin:0 0 ${BODY.spaceAfterPt}pt;padding-left:${BODY.firstLineIndentCm * 2}cm}
.kt-doc .kt-body ul.kt-dash{list-style-type:'- '}
.kt-doc .kt-body ol.kt-paren>li::marker{content:counter(list-item,lower-alpha) ') '}
.kt-doc .kt-body blockquote{margin:0 0 ${BODY.spaceAfterPt}pt ${BODY.indentStepCm}cm}
.kt-doc .kt-body :is(ul,ol)>li:last-child>:last-child,.kt-doc .kt-body blockquote>:last-child{margin-bottom:0}
.kt-doc .kt-body blockquote>:first-child{margin-top:0}
.kt-doc .kt-body hr{border:none;border-top:${rule};margin:6pt 0}
.kt-doc .kt-body .kt-page-break{break-after:page;height:0}
.kt-doc .kt-body table.kt-table{width:100%;border-collapse:collapse;margin:0 0 ${BODY.spaceAfterPt}pt}
.kt-doc .kt-body .kt-table td,.kt-doc .kt-body .kt-table th{border:${rule};padding:2pt 4pt;vertical-align:top}
.kt-doc .kt-body .kt-table p{text-align:left;margin:0}
.kt-doc .kt-body .kt-table tr{break-inside:avoid}
.kt-doc .kt-body figure{margin:0 0 ${BODY.spaceAfterPt}pt;text-align:center;break-inside:avoid}
.kt-doc .kt-body figure img{max-width:100%}
.kt-doc .kt-body figcaption{font-style:italic;font-size:${FONT_PT.number}pt}
.kt-doc .kt-body a{color:inherit;text-decoration:none}
.kt-doc .kt-notes{font-size:${FONT_PT.noiNhanLabel}pt;margin:12pt 0 0;padding-left:1.5em;border-top:${rule};padding-top:4pt}
.kt-doc table.kt-signer{margin-top:12pt;break-inside:avoid}
.kt-doc .kt-noi-nhan{text-align:left;font-size:${FONT_PT.noiNhanList}pt;line-height:1.1}
.kt-doc .kt-noi-nhan-label{font-size:${FONT_PT.noiNhanLabel}pt;font-weight:bold;font-style:italic}
.kt-doc .kt-sign{text-align:center;font-size:${FONT_PT.signer}pt;font-weight:bold;line-height:1.15}
.kt-doc .kt-signature-space{height:28mm}`;
}
