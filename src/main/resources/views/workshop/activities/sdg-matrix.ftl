<#-- The sdg matrix activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>

<#macro form a id>
    <@p.matrixForm a/>
</#macro>

<#macro results a kind>
  <#if a.showResults()><@p.heatmap a/></#if>
</#macro>
