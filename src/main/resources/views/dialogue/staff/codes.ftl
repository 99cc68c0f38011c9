<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("dialogue.staff.codes.title", dialogueTitle.value())>
<@p.tabs dialogue "codes"/>
<p class="lead">${t("dialogue.staff.codes.lead")}</p>
<#if !dialogue.requiresCode()><p class="notice notice--info">${t("dialogue.staff.codes.not-required")}</p></#if>
<p>${t("dialogue.staff.codes.counts.plural", counts.total(), counts.used())}</p>
<#if made?has_content>
<section class="panel" aria-labelledby="made-heading">
  <h2 id="made-heading" tabindex="-1" data-autofocus>${t("dialogue.staff.codes.made.plural", made?size)}</h2>
  <p><strong>${t("dialogue.staff.codes.once")}</strong></p>
  <form method="post" action="/dialogues/${dialogue.id()?c}/codes.csv" class="form">
    <@f.csrfField/>
    <#list made as code><input type="hidden" name="code" value="${code}"></#list>
    <button type="submit" class="button">${t("dialogue.staff.codes.download")}</button>
  </form>
  <ul class="code-list">
  <#list made as code><li><code>${code}</code></li></#list>
  </ul>
</section>
</#if>
<#if canEdit>
<section class="panel" aria-labelledby="generate-heading">
  <h2 id="generate-heading">${t("dialogue.staff.codes.generate")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/dialogues/${dialogue.id()?c}/codes" class="form" novalidate>
    <@f.csrfField/>
    <@f.input errors=errors name="count" label=t("dialogue.staff.codes.count") value=count type="number" required=true hint=t("dialogue.staff.codes.count-hint", maxCodes)/>
    <button type="submit" class="button">${t("dialogue.staff.codes.generate-submit")}</button>
  </form>
</section>
</#if>
</@layout.page>
