<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<#import "parts.ftl" as r>
<#assign base = "/relevance/rounds/" + round.id()?c>
<#assign label = target.label(lang.code())>
<@layout.page title=t("relevance.decision.title", target.code() + " " + label.value()) titleLang=label.lang()>
<p><a href="${base}/result#t-${target.id()?c}">${t("relevance.result.back-to-result")}</a></p>
<@r.closedNotice round/>
<@f.errorSummary errors/>
<h2 id="units-heading">${t("relevance.decision.units")}</h2>
<div class="table-wrap">
<table aria-labelledby="units-heading">
  <thead><tr><th scope="col">${t("relevance.field.unit")}</th><th scope="col">${t("relevance.field.relevance")}</th><th scope="col">${t("relevance.report.examples")}</th></tr></thead>
  <tbody>
  <#list units as u><tr><th scope="row"><bdi>${u.name()}</bdi></th><@r.heatCell line.cells()[u?index]!/>
    <td><#list examples[u.row().unitId()?c]![] as x><a href="${x.href()}"><@g.text x.text()/></a><#sep>, </#sep></#list></td></tr></#list>
  </tbody>
</table>
</div>
<p>${t("relevance.decision.highest", t("relevance.level." + line.highestName()))}</p>
<p><@r.voices line/></p>
<div class="assess__grid">
<form method="post" action="${base}/decisions/${target.id()?c}" class="form" novalidate>
  <@f.csrfField/>
  <#assign options = []><#list relevances as l><#assign options = options + [[l, t("relevance.level." + l)]]></#list>
  <@f.select errors=errors name="overall" label=t("relevance.field.overall") options=options selected=form.overallName() empty=t("relevance.field.overall-highest") hint=t("relevance.field.overall-hint")/>
  <@f.textarea errors=errors name="overallReason" label=t("relevance.field.overallReason") value=form.overallReason()!"" maxlength=2000/>
  <div class="checkbox"><input type="checkbox" id="prioritised" name="prioritised" value="on"<#if form.prioritised()> checked</#if>><label for="prioritised">${t("relevance.field.prioritised")}</label></div>
  <@f.textarea errors=errors name="justification" label=t("relevance.field.justification") value=form.justification()!"" hint=t("relevance.field.justification-hint") maxlength=4000/>
  <button type="submit" class="button">${t("relevance.decision.save")}</button>
</form>
<@r.evidencePanel evidence "d-"/>
</div>
</@layout.page>
