<#-- The consequence assessment's shared parts: a rating in words with its symbol (never colour alone), a target's
     label, an aspect's name, the case's sub-navigation. -->
<#macro rating value=""><#if value?has_content><span class="rating rating--${value.name()?lower_case}"><span aria-hidden="true" class="rating__symbol">${value.symbol()}</span> ${t(value.key())}</span><#else><span class="rating rating--none">${t("consequence.rating.none")}</span></#if></#macro>

<#function aspectName line>
<#if line.isTarget()><#local label = line.target().label(lang.code())><#return line.target().code() + " " + label.value()></#if>
<#return t(line.labelKey())>
</#function>

<#macro caseNav kase current>
<nav class="subnav" aria-label="${t("consequence.case.sections")}">
  <ul>
    <#list ["overview", "matrix", "prioritisation", "basis", "decision", "history"] as s>
    <#assign href = "/consequence/cases/" + kase.id()?c + (s == "overview")?then("", "/" + s)>
    <li><a href="${href}"<#if s == current> aria-current="page"</#if>>${t("consequence.section." + s)}</a></li>
    </#list>
  </ul>
</nav>
</#macro>

<#-- A cell as the matrix shows it: the value, or that the assessors differ. -->
<#macro cellValue cell>
<#if cell.value()??><@rating cell.value()/><#elseif cell.disagreement()><span class="rating rating--disputed">${t("consequence.cell.disputed", cell.assessors())}</span><#else><@rating/></#if>
</#macro>

<#-- Goal conflicts and synergies between the case's targets from the workshops' SDG interaction matrices. -->
<#macro interactionList list p>
<section aria-labelledby="${p}interactions">
<h3 id="${p}interactions">${t("consequence.interactions.title")}</h3>
<#if list?has_content>
<ul>
<#list list as i>
  <li>${t(i.conflict()?then("consequence.interactions.conflict", "consequence.interactions.synergy"), i.from(), i.to(), (i.score() gt 0)?then("+", "−") + fmt.number(i.score()?abs), i.session(), fmt.date(i.when()))}<#if i.disagreement()> (${t("consequence.interactions.disagreement")})</#if> <a href="${i.href()}">${t("consequence.interactions.open", i.session())}</a></li>
</#list>
</ul>
<#else><p>${t("consequence.interactions.none")}</p></#if>
</section>
</#macro>
