<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "decision-parts.ftl" as d>
<#assign base = "/consequence/cases/" + kase.id()?c + "/decision">
<@layout.page title=t("consequence.decision.translate-title", kase.title())>
<p><a href="${base}">${t("consequence.decision.back")}</a></p>
<p>${t("consequence.decision.translate-hint")}</p>
<#if languages?has_content>
<form method="post" action="${base}/translations" class="form" novalidate>
  <@f.csrfField/>
  <#list languages as l>
  <fieldset class="field">
    <legend lang="${l}">${d.langName(l)}</legend>
    <#list fields as fd><#assign name = fd.name() + "-" + l>
    <div class="field">
      <label for="${name}">${t("consequence.decision.field." + fd.name()?replace("[0-9]+$", "", "r"), fd.name()?replace("^ACTION", "", "r"))}</label>
      <p class="hint" id="${name}-hint">${t("consequence.decision.original")} <span dir="auto">${fd.original()}</span></p>
      <textarea id="${name}" name="${name}" rows="2" lang="${l}" dir="auto" aria-describedby="${name}-hint" maxlength="4000">${((decided.texts()[l]!{})[fd.name()])!""}</textarea>
    </div>
    </#list>
  </fieldset>
  </#list>
  <button type="submit" class="button">${t("consequence.decision.save")}</button>
</form>
<#else><p>${t("consequence.decision.translate-none")}</p></#if>
</@layout.page>
