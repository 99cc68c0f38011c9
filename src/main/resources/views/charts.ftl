<#-- A chart (se.samrad.platform.chart.Chart) in a figure: the SVG, named by its title and described, and the same
     figures as a table beside it. table: "shown", "hidden" (visually hidden: for assistive technology only) or
     "none" (the page has its own table of the same figures). -->
<#macro figure chart table="shown" caption="">
<figure class="chart-figure chart-figure--${chart.kind()?lower_case}">
  ${chart.svg()?no_esc}
  <#if table != "none"><@rows chart table caption/></#if>
</figure>
</#macro>

<#macro rows chart table="shown" caption="">
<#-- a hidden table is not a scroll container (one that cannot be reached by keyboard would be an axe violation) -->
<div<#if table == "hidden"> class="visually-hidden"<#else> class="table-wrap" tabindex="0" role="region" aria-labelledby="${chart.id()}-caption"</#if>>
<table class="chart-table">
  <caption id="${chart.id()}-caption">${caption?has_content?then(caption, chart.title())}</caption>
  <thead><tr><th scope="col">${chart.categoryAxis()?has_content?then(chart.categoryAxis(), t("chart.label"))}</th>
    <#list chart.series() as s><th scope="col">${s?has_content?then(s, chart.valueAxis()?has_content?then(chart.valueAxis(), t("chart.value")))}</th></#list>
    <#if chart.rows()?filter(r -> r.note()?has_content)?has_content><th scope="col">${t("chart.note")}</th></#if></tr></thead>
  <tbody>
  <#list chart.rows()?filter(r -> !r.blank()) as r>
    <tr><th scope="row" dir="auto">${r.label()}</th><#list r.texts() as v><td>${v}</td></#list><#if chart.rows()?filter(x -> x.note()?has_content)?has_content><td>${r.note()}</td></#if></tr>
  </#list>
  </tbody>
</table>
</div>
</#macro>
