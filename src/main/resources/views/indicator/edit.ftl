<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#assign action = indicator???then("/indicators/" + (indicator.id()!0)?c + "/edit", "/indicators/new")>
<@layout.page title=indicator???then(t("indicator.edit.title"), t("indicator.new"))>
<@f.errorSummary errors/>
<form method="post" action="${action}" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="title" label=t("indicator.field.title") value=form.title()!"" required=true maxlength=300/>
  <@f.input errors=errors name="koladaId" label=t("indicator.field.koladaId") value=form.koladaId()!"" hint=t("indicator.field.koladaId-hint") maxlength=6/>
  <@f.textarea errors=errors name="description" label=t("indicator.field.description") value=form.description()!"" maxlength=4000/>
  <@f.input errors=errors name="unit" label=t("indicator.field.unit") value=form.unit()!"" hint=t("indicator.field.unit-hint") maxlength=60/>
  <#assign directionOptions = []><#list directions as d><#assign directionOptions = directionOptions + [[d, t("indicator.direction." + d)]]></#list>
  <@f.select errors=errors name="direction" label=t("indicator.field.direction") options=directionOptions selected=form.directionName() required=true empty=t("indicator.choose")/>
  <@f.input errors=errors name="source" label=t("indicator.field.source") value=form.source()!"" maxlength=300/>
  <@f.input errors=errors name="keyword" label=t("indicator.field.keyword") value=form.keyword()!"" hint=t("indicator.field.keyword-hint") maxlength=200/>
  <@f.input errors=errors name="steeringDocument" label=t("indicator.field.steeringDocument") value=form.steeringDocument()!"" maxlength=300/>
  <#assign unitOptions = []><#list units as u><#assign unitOptions = unitOptions + [[u.id()?c, u.name()]]></#list>
  <@f.select errors=errors name="unitId" label=t("indicator.field.unit-responsible") options=unitOptions selected=form.unitId()!"" empty=t("indicator.no-unit")/>
  <@f.input errors=errors name="baselineYear" label=t("indicator.field.baselineYear") value=form.baselineYear()!"" hint=t("indicator.field.baselineYear-hint") maxlength=4/>
  <div class="checkbox"><input type="checkbox" id="byGender" name="byGender" value="on"<#if form.byGender()> checked</#if>><label for="byGender">${t("indicator.field.byGender")}</label></div>
  <button type="submit" class="button">${t("indicator.save")}</button>
</form>
</@layout.page>
