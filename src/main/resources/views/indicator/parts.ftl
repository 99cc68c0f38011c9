<#import "../charts.ftl" as ch>
<#-- Signals written in words with an icon and a colour (never colour alone), and the line chart with its table. -->
<#macro signal s>
<span class="signal signal--${s.progress().status()?lower_case}"><span aria-hidden="true">${s.progress().status().icon()}</span> ${t("indicator.status." + s.progress().status())}</span>
</#macro>

<#macro trend s>
<#if s.trend()??>
<#assign tr = s.trend()>
<span class="trend trend--<#if tr.arrow() == "FLAT">flat<#elseif tr.good()>good<#else>bad</#if>"><span aria-hidden="true">${tr.arrow().icon()}</span> ${t("indicator.trend." + tr.arrow())}<#if tr.arrow() != "FLAT">, ${t(tr.good()?then("indicator.trend.good", "indicator.trend.bad"))}</#if></span>
<#else>
<span class="trend trend--flat"><span aria-hidden="true">–</span> ${t("indicator.trend.none")}</span>
</#if>
</#macro>

<#macro rank s>
<#if s.rank()??>
<span class="rank rank--${s.rank()?lower_case}"><span aria-hidden="true">${s.rank().icon()}</span> ${t("indicator.rank." + s.rank())}</span>
<#else>
<span class="rank rank--none"><span aria-hidden="true">–</span> ${t("indicator.rank.none")}</span>
</#if>
</#macro>

<#macro latest s unit>
<#if s.latest()??>${fmt.number(s.latest().value())}<#if unit?has_content> ${unit}</#if> (${s.latest().year()?c})<#else>${t("indicator.no-values")}</#if>
</#macro>

<#macro sparkline f>
${charts.sparkline(f.sparkline(), "")?no_esc}
</#macro>

<#-- The chart (drawn by the shared chart component, se.samrad.platform.chart) and the indicator's own table of the
     same figures, whose projection column gives the projected value with its 90 % interval. -->
<#macro chart c f unit>
<@ch.figure chart=c table="none"/>
<#if unit?has_content><p>${t("indicator.chart.unit", unit)}</p></#if>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="indicator-table-caption">
<table>
  <caption id="indicator-table-caption">${t("indicator.chart.table")}</caption>
  <thead><tr><th scope="col">${t("indicator.field.year")}</th><th scope="col">${t("indicator.series.own")}</th><th scope="col">${t("indicator.series.comparison")}</th><th scope="col">${t("indicator.series.national")}</th><th scope="col">${t("indicator.series.target")}</th><th scope="col">${t("indicator.series.projection")}</th></tr></thead>
  <tbody>
  <#list f.table() as r>
    <tr><th scope="row">${r.year()?c}</th><td><#if r.own()??>${fmt.number(r.own())}</#if></td><td><#if r.comparison()??>${fmt.number(r.comparison())}</#if></td><td><#if r.national()??>${fmt.number(r.national())}</#if></td><td><#if r.target()??>${fmt.number(r.target())}</#if></td><td><#if r.projection()??>${t("indicator.chart.projected", fmt.number(r.projection().value()), fmt.number(r.projection().low()), fmt.number(r.projection().high()))}</#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
</#macro>

<#-- One click starts a workshop or a dialogue on an indicator's causes (the kinds the user may start). -->
<#macro startButtons i>
<#list startable as kind>
<form method="post" action="/indicators/${i.id()?c}/start/${kind}" class="inline-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  <button type="submit" class="button button--quiet">${t("indicator.input.start." + kind)}<span class="visually-hidden"> ${i.title()}</span></button>
</form>
</#list>
</#macro>

<#-- What was started from an indicator and what came in. -->
<#macro inputs list>
<#if list?has_content>
<ul class="indicator-inputs">
<#list list as x>
  <li><#if x.gathered().isPresent()><#assign g = x.gathered().get()>
    <a href="${g.href()}">${t("indicator.input.kind." + x.kind())}: ${g.title()}</a> (${t("indicator.input.count." + x.kind(), g.count())}, ${t("indicator.input.started", fmt.date(x.link().startedAt()))})
    <#if g.latest()?has_content><ul><#list g.latest() as text><li><q>${text}</q></li></#list></ul></#if>
  <#else>${t("indicator.input.kind." + x.kind())}: ${t("indicator.input.gone")}</#if></li>
</#list>
</ul>
<#else><p>${t("indicator.input.none")}</p></#if>
</#macro>
