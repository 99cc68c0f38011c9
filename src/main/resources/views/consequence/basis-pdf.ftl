<#-- The decision basis as XHTML for the PDF renderer, in the platform's print layout (never served to browsers). -->
<#import "../platform/pdf.ftl" as pdf>
<#import "basis-parts.ftl" as b>
<@pdf.document title=t("consequence.basis.title", kase.title()) landscape=true>
<@b.body basis true/>
</@pdf.document>
