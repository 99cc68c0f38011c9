<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<#import "parts.ftl" as r>
<#assign base = "/relevance/rounds/" + round.id()?c>
<@layout.page title=t("relevance.swot.cite.title")>
<p><a href="${base}/result#swot">${t("relevance.result.back-to-result")}</a></p>
<@f.errorSummary errors/>
<p>${t("relevance.swot.kind." + point.row().kind().name())} (${t("goals.dimension." + point.row().dimension().name())}): <bdi>${point.row().text()}</bdi></p>
<#if !groups?has_content>
<p>${t("relevance.swot.cite.no-targets")}</p>
<#else>
<form method="post" action="${base}/swot/${point.row().id()?c}/evidence" class="form" novalidate>
  <@f.csrfField/>
  <p class="hint" id="evidence-hint">${t("relevance.swot.cite.hint")}</p>
  <#if errors.has("evidence")><p class="field-error" id="evidence-error" tabindex="-1"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["evidence"])}</p></#if>
  <#list groups as group>
  <#assign label = group.target().label(lang.code())>
  <fieldset class="field" id="<#if group?is_first>evidence<#else>evidence-${group.target().id()?c}</#if>" tabindex="-1">
    <legend>${group.target().code()} <@g.text label/></legend>
    <#if !group.items()?has_content><p>${t("relevance.evidence.none")}</p></#if>
    <#list group.items() as item>
    <#assign e = item.evidence()>
    <#assign id = "c-" + group?index + "-" + item?index>
    <div class="checkbox"><input type="checkbox" id="${id}" name="evidence" value="${item.key()}"<#if chosen?seq_contains(item.key())> checked</#if>>
      <label for="${id}">${t("relevance.evidence.kind." + e.source())}: <bdi>${e.sourceTitle()}</bdi> – <@r.evidenceText e/></label>
      <a href="${e.href()}">${t("relevance.swot.cite.open")}<span class="visually-hidden">: <bdi>${e.sourceTitle()}</bdi></span></a></div>
    </#list>
  </fieldset>
  </#list>
  <button type="submit" class="button">${t("relevance.swot.cite.save")}</button>
</form>
</#if>
</@layout.page>
