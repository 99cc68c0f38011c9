<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#assign base = "/consequence/cases/" + kase.id()?c>
<@layout.page title=t("consequence.decision.record-title", kase.title())>
<p><a href="${base}/decision">${t("consequence.decision.back")}</a></p>
<@f.errorSummary errors/>
<form method="post" action="${base}/decision/edit" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="decidedOn" label=t("consequence.decision.decidedOn") value=form.decidedOn()!"" type="date" required=true hint=t("consequence.field.date-hint")/>
  <@f.input errors=errors name="body" label=t("consequence.decision.body") value=form.body()!"" required=true maxlength=200/>
  <#assign options = []><#list alternatives as a><#assign options = options + [[a.id()?c, a.doNothing()?then(t("consequence.do-nothing"), t("consequence.alternative.letter", a.letter())) + ": " + a.title()]]></#list>
  <@f.select errors=errors name="alternative" label=t("consequence.decision.chosen") options=options selected=form.alternative()!"" required=true empty=t("consequence.decision.choose")/>
  <@f.input errors=errors name="paragraph" label=t("consequence.decision.paragraph") value=form.paragraph()!"" maxlength=40 hint=t("consequence.decision.paragraph-hint")/>
  <@f.textarea errors=errors name="why" label=t("consequence.decision.why") value=form.why()!"" required=true maxlength=4000 hint=t("consequence.decision.why-hint")/>
  <fieldset class="field<#if errors.has("actions")> field--error</#if>" id="actions" tabindex="-1">
    <legend>${t("consequence.decision.actions")}</legend>
    <p class="hint">${t("consequence.decision.actions-hint")}</p>
    <#if errors.has("actions")><p class="field-error">${t(errors.fields["actions"])}</p></#if>
    <#list actions as a><#assign p = "action" + a?index + "-">
    <fieldset class="field decision-action">
      <legend>${t("consequence.decision.action-n", a?index + 1)}</legend>
      <@f.input errors=errors name=p + "title" label=t("consequence.decision.action-title") value=a.title() maxlength=500/>
      <#assign unitOptions = []><#list units as u><#assign unitOptions = unitOptions + [[u.id()?c, u.name()]]></#list>
      <@f.select errors=errors name=p + "unit" label=t("consequence.field.unit") options=unitOptions selected=a.unit() empty=t("consequence.field.unit-none")/>
      <@f.input errors=errors name=p + "due" label=t("consequence.decision.due") value=a.due() type="date"/>
      <#if indicators?has_content>
      <fieldset class="field" id="${p}indicator">
        <legend>${t("consequence.decision.indicators")}</legend>
        <#list indicators as i><div class="checkbox"><input type="checkbox" id="${p}indicator-${i.id()?c}" name="${p}indicator" value="${i.id()?c}"<#if a.indicators()?seq_contains(i.id())> checked</#if>> <label for="${p}indicator-${i.id()?c}">${i.name()}</label></div></#list>
      </fieldset>
      </#if>
    </fieldset>
    </#list>
    <#if !indicators?has_content><p>${t("consequence.decision.indicators-none")}</p></#if>
  </fieldset>
  <button type="submit" class="button">${t("consequence.decision.save")}</button>
</form>
</@layout.page>
