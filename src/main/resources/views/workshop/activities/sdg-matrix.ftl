<#-- The sdg matrix activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>
<#import "../../charts.ftl" as ch>

<#macro form a id>
    <@p.matrixForm a/>
</#macro>

<#macro results a kind>
  <#if a.showResults()><@p.heatmap a/></#if>
</#macro>

<#-- On the big screen: the heat map (every mean written in its cell, a diverging colour scale with its legend)
     and the targets ranked by their influence as paired bars (reinforcing and counteracting). -->
<#macro present a>
<#if a.resultsShown()>
<#local id = a.activity().id()?c>
<#local targets = matrixTargets[id]>
<#local m = a.matrix()>
<div class="stage__split">
<div class="stage__heat">
<table class="heatmap heatmap--stage">
  <caption>${t("workshop.sdg.heatmap-caption")}</caption>
  <thead><tr><th scope="col">${t("workshop.sdg.influences")}</th><#list targets as col><th scope="col">${col.code()}</th></#list></tr></thead>
  <tbody>
  <#list targets as row>
    <tr><th scope="row">${row.code()}</th>
    <#list targets as col>
      <#local c = m.cell(row?index, col?index)>
      <#if row?index == col?index><td class="heat heat--self">–</td>
      <#elseif !c.isScored()><td class="heat heat--none"><span class="visually-hidden">${t("workshop.sdg.unscored")}</span></td>
      <#else><td class="heat heat--${(c.level() lt 0)?then("m" + (-c.level()), "p" + c.level())}">${fmt.number(c.mean())}<#if c.disagreement()><span class="heat__flag-mark" title="${t("workshop.sdg.disagreement")}"> ⚑<span class="visually-hidden"> ${t("workshop.sdg.disagreement")}</span></span></#if></td></#if>
    </#list></tr>
  </#list>
  </tbody>
</table>
<@s.legend/>
</div>
<div class="stage__ranking">
<#local c = charts.paired("chart-" + id, t("workshop.sdg.most-influential"), t("workshop.present.influence-desc"), t("workshop.sdg.sum-positive"), t("workshop.sdg.sum-negative"))>
<#list m.mostInfluential() as index><#if index?index lt 7>
<#local r = m.rows()[index]>
<#local c = c.pair(targets[index].code(), r.positive(), fmt.number(r.positive()), -r.negative(), fmt.number(r.negative()), "")>
</#if></#list>
<h3 class="stage__subtitle">${t("workshop.sdg.most-influential")}</h3>
<@ch.figure chart=c table="hidden"/>
</div>
</div>
<#else><@s.answered a/></#if>
</#macro>
