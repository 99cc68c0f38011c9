<#import "../layout.ftl" as layout>
<#import "parts.ftl" as c>
<@layout.page title=t("consequence.history.title", kase.title())>
<@c.caseNav kase "history"/>
<#if revisions?has_content>
<div class="table-wrap">
<table>
  <caption>${t("consequence.history.caption")}</caption>
  <thead><tr><th scope="col">${t("consequence.history.when")}</th><th scope="col">${t("consequence.history.who")}</th><th scope="col">${t("consequence.alternative")}</th><th scope="col">${t("consequence.horizon")}</th><th scope="col">${t("consequence.aspect")}</th><th scope="col">${t("consequence.history.kind")}</th><th scope="col">${t("consequence.rating")}</th><th scope="col">${t("consequence.field.reason")}</th></tr></thead>
  <tbody>
  <#list revisions as r>
  <#assign a = alternatives[r.row().alternativeId()?c]!>
  <tr><td>${fmt.dateTime(r.row().createdAt())}</td><td><bdi>${r.who()?has_content?then(r.who(), t("consequence.history.samrad"))}</bdi></td>
    <td><#if a?has_content>${a.doNothing()?then(t("consequence.do-nothing"), a.letter())}</#if></td><td>${t(r.row().horizon().key())}</td>
    <td>${(targetCodes[r.row().aspect()])!t("consequence.aspect." + r.row().aspect())}</td><td>${t("consequence.history.kind." + r.row().kind())}</td>
    <td><@c.rating r.row().rating()/></td><td dir="auto">${r.row().text()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else><p>${t("consequence.history.none")}</p></#if>
</@layout.page>
