<#import "../layout.ftl" as layout>
<@layout.page title=t("audit.title." + scope)>
<p class="lead">${t("audit.lead")}</p>
<#if events.content?has_content>
<div class="table-wrap" role="region" aria-label="${t("audit.title." + scope)}" tabindex="0">
<table>
  <thead><tr><th scope="col">${t("audit.col.time")}</th><th scope="col">${t("audit.col.actor")}</th><th scope="col">${t("audit.col.action")}</th><th scope="col">${t("audit.col.target")}</th><th scope="col">${t("audit.col.detail")}</th></tr></thead>
  <tbody>
  <#list events.content as e>
  <tr>
    <td><time datetime="${fmt.iso(e.createdAt())}">${fmt.dateTime(e.createdAt())}</time></td>
    <td>${e.actorLabel()}</td>
    <td>${t("audit.action." + e.action())}</td>
    <td>${e.target()}</td>
    <td>${e.detail()}</td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<nav class="pagination" aria-label="${t("pagination.label")}">
  <#if events.pageNumber gt 0><a href="?page=${(events.pageNumber - 1)?c}" rel="prev">${t("pagination.previous")}</a></#if>
  <span>${t("pagination.page", events.pageNumber + 1, events.totalPages)}</span>
  <#if events.pageNumber + 1 lt events.totalPages><a href="?page=${(events.pageNumber + 1)?c}" rel="next">${t("pagination.next")}</a></#if>
</nav>
<#else>
<p>${t("audit.none")}</p>
</#if>
</@layout.page>
