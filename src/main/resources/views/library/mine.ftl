<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("library.mine.title")>
<p class="lead">${t("library.mine.lead")}</p>
<#if done?has_content><@f.notice "library.done." + done/></#if>
<#if canContribute>
<p class="actions"><a class="button" href="/library/new">${t("library.new")}</a> <a class="button button--quiet" href="/library/import">${t("library.import")}</a>
  <a href="/library/export?format=csv">${t("library.export.csv")}</a> <a href="/library/export?format=json">${t("library.export.json")}</a></p>
</#if>
<#if examples?has_content>
<div class="table-wrap">
<table>
  <caption class="visually-hidden">${t("library.mine.title")}</caption>
  <thead><tr><th scope="col">${t("library.field.title")}</th><th scope="col">${t("library.mine.status")}</th><th scope="col">${t("library.field.visibility")}</th><th scope="col">${t("library.mine.updated")}</th></tr></thead>
  <tbody>
  <#list examples as e>
  <#assign c = e.in(lang.code())>
    <tr><th scope="row"><a href="/library/examples/${e.id()?c}"><@p.inLang c.lang()>${c.texts().title()}</@p.inLang></a></th>
      <td>${t("library.status." + e.status())}</td>
      <td>${t("library.visibility." + e.visibility())}</td>
      <td><time datetime="${fmt.iso(e.updatedAt())}">${fmt.date(e.updatedAt())}</time></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("library.mine.none")}</p>
</#if>
</@layout.page>
