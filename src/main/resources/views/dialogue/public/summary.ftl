<#import "../../layout.ftl" as layout>
<#import "parts.ftl" as d>
<@layout.page title=t("dialogue.summary.title")>
<p class="lead"><@d.text title/></p>
<#if dialogue.summaryPublishedAt()??><p>${t("dialogue.summary.published", fmt.date(dialogue.summaryPublishedAt()))}</p></#if>
<div class="summary-text"><@d.paragraphs dialogue.text("summary", lang.code())/></div>
<@d.decidedLinks/>
</@layout.page>
