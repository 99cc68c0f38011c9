<#-- The print layout every PDF shares (rendered by platform.pdf.PdfRenderer, never served to browsers):
     self-contained XHTML, the embedded "Report Sans" font, A4 (landscape for wide tables), right-to-left pages
     right-aligned. `style` adds a report's own rules. -->
<#macro document title landscape=false style="">
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang.code()}" dir="${lang.dir()}">
<head>
<meta charset="utf-8"/>
<title>${title}</title>
<style>
<#if landscape>
  @page { size: A4 landscape; margin: 14mm 12mm; }
  body { font-family: "Report Sans", sans-serif; font-size: 9pt; color: #000; }
  h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12pt; border-bottom: 1px solid #444; }
  table { border-collapse: collapse; margin: 6pt 0; } th, td { border: 1px solid #666; padding: 2pt 3pt; font-size: 7.5pt; }
<#else>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "Report Sans", sans-serif; font-size: 10pt; color: #000; }
  h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #444; }
  table { border-collapse: collapse; margin: 6pt 0; } th, td { border: 1px solid #666; padding: 2pt 4pt; font-size: 8.5pt; }
</#if>
  h2, h3 { page-break-after: avoid; } tr { page-break-inside: avoid; } thead { display: table-header-group; }
  .meta { color: #333; } li { margin-bottom: 2pt; }
  html[dir="rtl"] body { direction: rtl; text-align: right; }
  ${style?no_esc}
</style>
</head>
<body>
<h1>${title}</h1>
<#nested>
</body>
</html>
</#macro>

<#-- A simple table: a header row, then rows of text; with rowHeaders the first cell of each row heads it. -->
<#macro table header rows rowHeaders=false>
<table>
  <#if header?has_content><thead><tr><#list header as h><th scope="col">${h}</th></#list></tr></thead></#if>
  <tbody><#list rows as row><tr><#list row as cell><#if rowHeaders && cell?is_first><th scope="row">${cell}</th><#else><td>${cell}</td></#if></#list></tr></#list></tbody>
</table>
</#macro>
