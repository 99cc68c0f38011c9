<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("stakeholder.coverage.title")>
<p class="lead">${t("stakeholder.coverage.lead")}</p>
<p><a href="/stakeholders/find">${t("stakeholder.find.title")}</a></p>
<@f.errorSummary errors/>
<form method="get" action="/stakeholders/coverage" class="form" novalidate>
  <fieldset>
    <legend>${t("stakeholder.coverage.which")}</legend>
    <#assign kindOptions = []><#list issueKinds as k><#assign kindOptions = kindOptions + [[k, t("stakeholder.engagement-kind." + k)]]></#list>
    <@f.select errors=errors name="issueKind" label=t("stakeholder.field.engagementKind") options=kindOptions selected=issueKind required=true empty=t("stakeholder.choose")/>
    <@f.input errors=errors name="issueRef" label=t("stakeholder.field.engagementRef") value=issueRef required=true maxlength=15/>
    <button type="submit" class="button">${t("stakeholder.coverage.show")}</button>
  </fieldset>
</form>
<#if coverage??>
<h2 id="coverage-heading"><@p.issue kind=issueKind label="" ref=issueRef/></h2>
<#if coverage?has_content>
<div class="table-wrap">
<table aria-labelledby="coverage-heading">
  <thead><tr><th scope="col">${t("stakeholder.field.kind")}</th><th scope="col">${t("stakeholder.coverage.in-register")}</th><th scope="col">${t("stakeholder.coverage.took-part")}</th></tr></thead>
  <tbody>
  <#list coverage as c>
    <tr<#if c.tookPart() == 0> class="coverage-missing"</#if>><th scope="row">${t("stakeholder.kind." + c.kind())}</th><td>${c.inRegister()}</td><td>${c.tookPart()}<#if c.tookPart() == 0> (${t("stakeholder.coverage.missing")})</#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.none")}</p>
</#if>
</#if>
</@layout.page>
