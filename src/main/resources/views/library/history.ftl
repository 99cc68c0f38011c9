<#import "../layout.ftl" as layout>
<@layout.page title=t("library.history.title")>
<p class="lead"><a href="/library/examples/${example.id()?c}"<#if content.lang() != lang.code()> lang="${content.lang()}"</#if>>${content.texts().title()}</a></p>
<div class="table-wrap">
<table>
  <caption class="visually-hidden">${t("library.history.title")}</caption>
  <thead><tr><th scope="col">${t("library.history.when")}</th><th scope="col">${t("library.history.who")}</th><th scope="col">${t("library.history.what")}</th><th scope="col">${t("library.history.note")}</th></tr></thead>
  <tbody>
  <#list revisions as r>
    <tr><td><time datetime="${fmt.iso(r.createdAt())}">${fmt.dateTime(r.createdAt())}</time></td><td>${r.actor()}</td>
      <td>${t("library.history.action." + r.action())}</td><td dir="auto">${r.note()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
</@layout.page>
