<#import "../layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page title=t("relevance.title")>
<p class="lead">${t("relevance.lead")}</p>
<h2 id="tasks-heading">${t("relevance.tasks")}</h2>
<#if tasks?has_content>
<ul class="cards">
<#list tasks as task>
  <li class="card">
    <a href="/relevance/rounds/${task.round().id()?c}/units/${task.unit().row().unitId()?c}">${task.round().title()} ${task.round().year()?c}: <bdi>${task.unit().name()}</bdi></a>
    <p>${t("relevance.deadline", task.round().deadline().toString())}</p>
    <p>${t("relevance.progress", task.unit().assessed(), task.unit().total())}<#if task.unit().submitted()> – ${t("relevance.submitted")}</#if></p>
    <#if !task.unit().submitted() && task.unit().reminded()><p><@parts.reminded task.unit()/></p></#if>
  </li>
</#list>
</ul>
<#else>
<p>${t("relevance.tasks.none")}</p>
</#if>
<#if canRead>
<h2 id="rounds-heading">${t("relevance.rounds")}</h2>
<#if canManage><p class="actions"><a class="button" href="/relevance/new">${t("relevance.new")}</a></p></#if>
<#if rounds?has_content>
<div class="table-wrap">
<table aria-labelledby="rounds-heading">
  <thead><tr><th scope="col">${t("relevance.field.title")}</th><th scope="col">${t("relevance.field.year")}</th><th scope="col">${t("relevance.field.deadline")}</th><th scope="col">${t("relevance.progress.status")}</th></tr></thead>
  <tbody>
  <#list rounds as r>
    <tr><th scope="row"><a href="/relevance/rounds/${r.id()?c}">${r.title()}</a></th><td>${r.year()?c}</td><td>${r.deadline().toString()}</td><td>${r.closed()?then(t("relevance.closed"), t("relevance.open-state"))}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("relevance.rounds.none")}</p>
</#if>
</#if>
</@layout.page>
