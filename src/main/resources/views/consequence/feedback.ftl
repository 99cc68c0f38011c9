<#-- The public "you said, we did" page. Free text staff did not translate stays in its own language, marked as
     such, and the browser finds its direction (dir="auto"). -->
<#import "../layout.ftl" as layout>
<#import "decision-parts.ftl" as d>
<#assign decided = page.decided()><#assign row = decided.row()>
<@layout.page title=t("consequence.feedback.title")>
<p class="lead"><span lang="${page.question().lang()}" dir="auto">${page.question().value()}</span></p>
<#if page.languages()?size gt 1>
<p>${t("consequence.feedback.languages")} <#list page.languages() as l><a href="?lang=${l}" lang="${l}" hreflang="${l}">${d.langName(l)}</a><#sep> · </#list></p>
</#if>
<section aria-labelledby="said-heading">
<h2 id="said-heading">${t("consequence.feedback.you-said")}</h2>
<#if page.voices()?has_content>
<#list page.voices() as v>
<p>${t("consequence.feedback.voice." + v.kind() + ".plural", v.answers())}</p>
<#if v.quotes()?has_content><ul class="quotes"><#list v.quotes() as q><li><q<#if q.lang()?has_content> lang="${q.lang()}"</#if> dir="auto">${q.label()}</q></li></#list></ul></#if>
</#list>
<#else><p>${t("consequence.feedback.voices-none")}</p></#if>
<#if page.dialogues()?has_content><p>${t("consequence.feedback.dialogues")}</p><ul><#list page.dialogues() as dl><li><a href="${dl.href()}" lang="${dl.titleLang()}" dir="auto">${dl.title()}</a></li></#list></ul></#if>
</section>
<section aria-labelledby="did-heading">
<h2 id="did-heading">${t("consequence.feedback.we-did")}</h2>
<p>${t("consequence.feedback.decided", row.body(), row.decidedOn()?string)}<#if row.paragraph()?has_content> (${row.paragraph()})</#if></p>
<p><strong><span lang="${page.chosen().lang()}" dir="auto">${page.chosen().value()}</span></strong></p>
<h3>${t("consequence.feedback.why")}</h3>
<p class="prewrap" lang="${page.why().lang()}" dir="auto">${page.why().value()}</p>
</section>
<section aria-labelledby="next-heading">
<h2 id="next-heading">${t("consequence.feedback.next")}</h2>
<#if page.actions()?has_content>
<ul class="feedback-actions">
<#list page.actions() as a>
<li><span lang="${a.title().lang()}" dir="auto">${a.title().value()}</span><#if a.unit()?has_content || a.dueOn()??>. ${t("consequence.feedback.action-who", a.unit()?has_content?then(a.unit(), "–"), (a.dueOn()!"–")?string)}</#if></li>
</#list>
</ul>
<#else><p>${t("consequence.feedback.next-none")}</p></#if>
</section>
</@layout.page>
