<#import "../layout.ftl" as layout>
<#import "parts.ftl" as c>
<#import "basis-parts.ftl" as b>
<@layout.page title=t("consequence.basis.title", kase.title())>
<@c.caseNav kase "basis"/>
<p class="actions"><a class="button button--quiet" href="/consequence/cases/${kase.id()?c}/basis.pdf">${t("consequence.basis.pdf")}</a> <a class="button button--quiet" href="/consequence/cases/${kase.id()?c}/basis.docx">${t("consequence.basis.docx")}</a></p>
<div class="table-wrap basis"><@b.body basis/></div>
</@layout.page>
