<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<@layout.page title=t("stakeholder.find.title")>
<p class="lead">${t("stakeholder.find.lead")}</p>
<p><a href="/stakeholders">${t("stakeholder.back")}</a> · <a href="/stakeholders/find?silentSince=${yearAgo}">${t("stakeholder.find.silent-year")}</a> · <a href="/stakeholders/find?never=on">${t("stakeholder.find.never")}</a> · <a href="/stakeholders/coverage">${t("stakeholder.coverage.title")}</a></p>
<@f.errorSummary errors/>
<form method="get" action="/stakeholders/find" class="form" role="search" novalidate>
  <fieldset>
    <legend>${t("stakeholder.find.filters")}</legend>
    <@f.input errors=errors name="q" label=t("stakeholder.find.q") value=filter.q() type="search" hint=t("stakeholder.find.q-hint") maxlength=200/>
    <#assign kindOptions = []><#list kinds as k><#assign kindOptions = kindOptions + [[k, t("stakeholder.kind." + k)]]></#list>
    <@f.select errors=errors name="kind" label=t("stakeholder.field.kind") options=kindOptions selected=filter.kindName() empty=t("stakeholder.find.any")/>
    <#assign quadrantOptions = []><#list quadrants as q><#assign quadrantOptions = quadrantOptions + [[q, t("stakeholder.quadrant." + q)]]></#list>
    <@f.select errors=errors name="quadrant" label=t("stakeholder.field.quadrant") options=quadrantOptions selected=filter.quadrantName() empty=t("stakeholder.find.any") hint=t("stakeholder.find.quadrant-hint")/>
    <#assign targetOptions = []><#list targets as e><#assign targetOptions = targetOptions + [[e.id()?c, e.code() + " " + e.label(lang.code()).value()]]></#list>
    <@f.select errors=errors name="target" label=t("stakeholder.find.target") options=targetOptions selected=filter.targetText() empty=t("stakeholder.find.any")/>
    <@f.input errors=errors name="silentSince" label=t("stakeholder.find.silentSince") value=filter.silentSince() type="date" hint=t("stakeholder.find.silentSince-hint")/>
    <div class="checkbox"><input type="checkbox" id="never" name="never" value="on"<#if filter.never()> checked</#if>><label for="never">${t("stakeholder.find.never")}</label></div>
    <button type="submit" class="button">${t("stakeholder.find.submit")}</button>
  </fieldset>
</form>
<#if result??>
<h2 id="hits-heading">${t("stakeholder.find.hits.plural", result.hits()?size)}</h2>
<#if result.hits()?has_content>
<div class="facets">
<h3 id="facet-kind">${t("stakeholder.field.kind")}</h3>
<ul aria-labelledby="facet-kind"><#list result.byKind() as k, n><li>${t("stakeholder.kind." + k)}: ${n}</li></#list></ul>
<#if result.byQuadrant()?has_content>
<h3 id="facet-quadrant">${t("stakeholder.field.quadrant")}</h3>
<ul aria-labelledby="facet-quadrant"><#list result.byQuadrant() as q, n><li>${t("stakeholder.quadrant." + q)}: ${n}</li></#list></ul>
</#if>
</div>
<div class="table-wrap">
<table aria-labelledby="hits-heading">
  <thead><tr><th scope="col">${t("stakeholder.field.name")}</th><th scope="col">${t("stakeholder.field.kind")}</th><th scope="col">${t("stakeholder.field.quadrant")}</th><th scope="col">${t("stakeholder.find.last")}</th></tr></thead>
  <tbody>
  <#list result.hits() as h>
    <tr><th scope="row"><a href="/stakeholders/organisations/${h.stakeholder().id()?c}">${h.stakeholder().name()}</a></th>
      <td>${t("stakeholder.kind." + h.stakeholder().kind())}</td>
      <td><#if h.quadrant()??>${t("stakeholder.quadrant." + h.quadrant())}<#else>${t("stakeholder.find.unplaced")}</#if></td>
      <td><#if h.lastEngaged()??><time datetime="${h.lastEngagedText()}">${h.lastEngagedText()}</time><#else>${t("stakeholder.find.never-engaged")}</#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.find.none")}</p>
</#if>
</#if>
</@layout.page>
