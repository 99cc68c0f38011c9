<#import "../../layout.ftl" as layout>
<#import "parts.ftl" as d>
<@layout.page title=t("dialogue.done.title")>
<p class="lead" role="status">${t("dialogue.done.lead")}</p>
<p>${t("dialogue.done.dialogue")} <@d.text title/></p>
<#assign use = dialogue.text("useOfInput", lang.code())>
<#if use.value()?has_content><h2>${t("dialogue.use-of-input")}</h2><@d.paragraphs use/></#if>
<#if dialogue.summaryPublished()><p><a href="/d/${dialogue.publicKey()}/summary">${t("dialogue.summary.link")}</a></p>
<#else><p>${t("dialogue.done.summary-later")}</p></#if>
<@d.decidedLinks/>
</@layout.page>
