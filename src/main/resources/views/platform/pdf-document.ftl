<#-- A platform.pdf.PdfDocument as XHTML for the PDF renderer: headings, paragraphs and simple tables in order. -->
<#import "pdf.ftl" as pdf>
<@pdf.document title=document.title() landscape=document.landscape()>
<#list document.blocks() as block>
<#switch block.kind()>
<#case "heading"><h2>${block.text()}</h2><#break>
<#case "paragraph"><p>${block.text()}</p><#break>
<#case "table"><@pdf.table header=block.header() rows=block.rows() rowHeaders=block.rowHeaders()/><#break>
</#switch>
</#list>
</@pdf.document>
