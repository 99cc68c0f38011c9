<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<#import "../goals/parts.ftl" as g>
<#assign s = figures.signal()>
<@layout.page title=indicator.title()>
<p><a href="/indicators">${t("indicator.back")}</a></p>
<#if done?has_content><@f.notice key="indicator.done." + done/></#if>
<@f.errorSummary errors/>
<#if indicator.description()?has_content><p class="lead" dir="auto">${indicator.description()}</p></#if>
<dl class="details">
  <#if indicator.koladaId()??><dt>${t("indicator.field.koladaId")}</dt><dd>${indicator.koladaId()}</dd></#if>
  <dt>${t("indicator.field.direction")}</dt><dd>${t("indicator.direction." + indicator.direction())}</dd>
  <#if indicator.unit()?has_content><dt>${t("indicator.field.unit")}</dt><dd>${indicator.unit()}</dd></#if>
  <#if indicator.source()?has_content><dt>${t("indicator.field.source")}</dt><dd>${indicator.source()}</dd></#if>
  <#if indicator.keyword()?has_content><dt>${t("indicator.field.keyword")}</dt><dd>${indicator.keyword()}</dd></#if>
  <#if indicator.steeringDocument()?has_content><dt>${t("indicator.field.steeringDocument")}</dt><dd>${indicator.steeringDocument()}</dd></#if>
  <#if unitName?has_content><dt>${t("indicator.field.unit-responsible")}</dt><dd>${unitName}</dd></#if>
  <#if indicator.baselineYear()??><dt>${t("indicator.field.baselineYear")}</dt><dd>${indicator.baselineYear()?c}</dd></#if>
</dl>
<#if canEdit><p class="actions"><a class="button button--quiet" href="/indicators/${indicator.id()?c}/edit">${t("indicator.edit.title")}</a>
<a class="button button--quiet" href="/indicators/${indicator.id()?c}/goals">${t("indicator.goals.link")}</a></p></#if>

<h2 id="signal-heading">${t("indicator.signal.heading")}</h2>
<dl class="details">
  <dt>${t("indicator.field.latest")}</dt><dd><@p.latest s=s unit=indicator.unit()/></dd>
  <dt>${t("indicator.field.status")}</dt><dd><@p.signal s=s/>
    <#if s.progress().observedRate()??><br>${t("indicator.signal.observed", fmt.number(s.progress().observedRate() * 100), s.base().year()?c)}</#if>
    <#if s.progress().requiredRate()?? && s.target()??><br>${t("indicator.signal.required", fmt.number(s.progress().requiredRate() * 100), s.target().year()?c)}</#if></dd>
  <dt>${t("indicator.field.trend")}</dt><dd><@p.trend s=s/>
    <#if s.trend()?? && s.trend().projection()??><#assign pr = s.trend().projection()><br>${t("indicator.signal.projection", pr.year()?c, fmt.number(pr.value()), fmt.number(pr.low()), fmt.number(pr.high()))}</#if></dd>
  <dt>${t("indicator.field.rank")}</dt><dd><@p.rank s=s/></dd>
  <#if s.national()??><dt>${t("indicator.series.national")}</dt><dd>${fmt.number(s.national())}</dd></#if>
</dl>

<h2 id="chart-heading">${t("indicator.chart.heading")}</h2>
<#if figures.values()?has_content>
<@p.chart c=chart f=figures unit=indicator.unit()/>
<#else>
<p>${t("indicator.no-values")}</p>
</#if>

<#if figures.latestComparison()?has_content>
<h2 id="comparison-heading">${t("indicator.comparison.heading", s.latest().year()?c)}</h2>
<div class="table-wrap">
<table aria-labelledby="comparison-heading">
  <thead><tr><th scope="col">${t("indicator.field.area")}</th><th scope="col">${t("indicator.field.value")}</th></tr></thead>
  <tbody>
  <tr><th scope="row">${t("indicator.series.own")}</th><td>${fmt.number(s.latest().value())}</td></tr>
  <#list figures.latestComparison() as v>
  <tr><th scope="row"><#if v.series() == "0000">${t("indicator.series.national")}<#else>${areas[v.series()]!v.series()}</#if></th><td>${fmt.number(v.value())}</td></tr>
  </#list>
  </tbody>
</table>
</div>
</#if>
<#if indicator.koladaId()??><p class="hint">${t("indicator.kolada.source")}</p></#if>

<h2 id="inputs-heading">${t("indicator.input.heading")}</h2>
<@p.inputs list=inputs/>
<#if startable?has_content><div class="actions"><@p.startButtons i=indicator/></div></#if>

<#if actions?has_content>
<h2 id="actions-heading">${t("indicator.actions.heading")}</h2>
<ul aria-labelledby="actions-heading" class="follow-up-actions">
<#list actions as fa><li><a href="${fa.href()}">${t("indicator.actions.line", fa.title(), fa.caseTitle(), fa.decidedOn()?string)}</a>. ${t("indicator.actions.who", fa.unit()?has_content?then(fa.unit(), "–"), (fa.dueOn()!"–")?string)}</li></#list>
</ul>
</#if>

<h2 id="goals-heading">${t("indicator.goals.heading")}</h2>
<#if goals?has_content>
<ul><#list goals as ge><li><a href="/goals/${ge.frameworkKey()}/${ge.code()}">${ge.code()} <@g.text ge.label(lang.code())/></a></li></#list></ul>
<#else><p>${t("indicator.goals.none")}</p></#if>

<h2 id="targets-heading">${t("indicator.targets.heading")}</h2>
<#if figures.targets()?has_content>
<div class="table-wrap">
<table aria-labelledby="targets-heading">
  <thead><tr><th scope="col">${t("indicator.field.year")}</th><th scope="col">${t("indicator.field.target")}</th><th scope="col">${t("indicator.field.note")}</th></tr></thead>
  <tbody><#list figures.targets() as tl><tr><th scope="row">${tl.year()?c}</th><td>${fmt.number(tl.value())}</td><td dir="auto">${tl.note()}</td></tr></#list></tbody>
</table>
</div>
<#else><p>${t("indicator.targets.none")}</p></#if>

<#if canEdit>
<h2 id="target-form-heading">${t("indicator.targets.set")}</h2>
<form method="post" action="/indicators/${indicator.id()?c}/targets" class="form" novalidate aria-labelledby="target-form-heading">
  <@f.csrfField/>
  <@f.input errors=errors name="targetYear" label=t("indicator.field.year") value=targetForm.targetYear()!"" required=true maxlength=4/>
  <@f.input errors=errors name="targetValue" label=t("indicator.field.target") value=targetForm.targetValue()!"" hint=t("indicator.field.value-hint") maxlength=24/>
  <@f.input errors=errors name="note" label=t("indicator.field.note") value=targetForm.note()!"" hint=t("indicator.field.target-note-hint") maxlength=1000/>
  <button type="submit" class="button">${t("indicator.save")}</button>
</form>

<h2 id="value-form-heading">${t("indicator.values.set")}</h2>
<form method="post" action="/indicators/${indicator.id()?c}/values" class="form" novalidate aria-labelledby="value-form-heading">
  <@f.csrfField/>
  <#assign seriesOptions = [["OWN", t("indicator.series.own")], ["0000", t("indicator.series.national")]]>
  <#list areas as code, title><#if code != "0000"><#assign seriesOptions = seriesOptions + [[code, title]]></#if></#list>
  <@f.select errors=errors name="series" label=t("indicator.field.series") options=seriesOptions selected=valueForm.series()!"" required=true/>
  <@f.input errors=errors name="year" label=t("indicator.field.year") value=valueForm.year()!"" required=true maxlength=4/>
  <#if indicator.byGender()>
  <@f.select errors=errors name="gender" label=t("indicator.field.gender") options=[["T", t("indicator.gender.T")], ["K", t("indicator.gender.K")], ["M", t("indicator.gender.M")]] selected=valueForm.gender()!"T"/>
  </#if>
  <@f.input errors=errors name="value" label=t("indicator.field.value") value=valueForm.value()!"" hint=t("indicator.field.value-hint") maxlength=24/>
  <button type="submit" class="button">${t("indicator.save")}</button>
</form>
</#if>
</@layout.page>
