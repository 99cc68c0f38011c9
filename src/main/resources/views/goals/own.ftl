<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as g>
<@layout.page title=t("goals.own.title")>
<p class="lead">${t("goals.own.lead")}</p>
<#if done == "deleted"><@f.notice "goals.own.deleted"/></#if>
<#if frameworks?has_content>
<ul class="cards">
<#list frameworks as fw>
  <li class="card"><a href="/goals/${fw.key()}"><@g.text fw.name(lang.code())/></a>
    <p>${t("goals.goal-count.plural", fw.goals()?size)}</p></li>
</#list>
</ul>
<#else>
<p>${t("goals.own.none")}</p>
</#if>
<#if canEdit>
<section class="panel" aria-labelledby="create-heading">
  <h2 id="create-heading">${t("goals.own.create")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/goals/own" class="form" novalidate>
    <@f.csrfField/>
    <@f.translatedInput errors=errors name="name" label=t("goals.own.name") values=names required=true maxlength=200 hint=t("goals.own.name-hint")/>
    <@f.translatedInput errors=errors name="description" label=t("goals.own.description") values=descriptions multiline=true maxlength=4000/>
    <button type="submit" class="button">${t("goals.own.create-submit")}</button>
  </form>
</section>
</#if>
</@layout.page>
