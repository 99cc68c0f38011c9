<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<#import "parts.ftl" as r>
<#assign base = "/relevance/rounds/" + round.id()?c + "/units/" + unit.unitId()?c>
<#assign goalLabel = goal.label(lang.code())>
<@layout.page title=goal.code() + " " + goalLabel.value() titleLang=goalLabel.lang()>
<p><a href="${base}">${t("relevance.goal.back", unitName)}</a></p>
<#if done?has_content><@f.notice "relevance.done." + done/></#if>
<@r.closedNotice round/>
<@f.errorSummary errors/>
<p>${t("relevance.goal.hint")}</p>
<form method="post" action="${base}/goals/${goal.id()?c}" class="form form--wide" novalidate>
  <@f.csrfField/>
  <#list goal.leaves() as target>
  <#assign p = "e" + target.id()?c + "-">
  <#assign form = forms[target.id()?c]>
  <#assign label = target.label(lang.code())>
  <section class="assess" aria-labelledby="${p}heading">
    <h2 id="${p}heading"><span class="target-code">${target.code()}</span> <@g.text label/></h2>
    <div class="assess__grid">
    <div class="assess__form">
    <fieldset class="field<#if errors.has(p + "relevance")> field--error</#if>" id="${p}relevance" tabindex="-1">
      <legend>${t("relevance.field.relevance")}</legend>
      <#if live[target.id()?c]??><#assign ls = live[target.id()?c]><p class="hint" id="${p}live">${t("relevance.live.from", t("relevance.level." + ls.relevance()), fmt.date(ls.sentAt()))} <a href="${ls.href()}"><bdi>${ls.source()}</bdi></a></p></#if>
      <#if errors.has(p + "relevance")><p class="field-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[p + "relevance"])}</p></#if>
      <div class="checkbox"><input type="radio" id="${p}relevance-none" name="${p}relevance" value=""<#if !form.relevanceName()?has_content> checked</#if>><label for="${p}relevance-none">${t("relevance.level.NONE")}</label></div>
      <#list relevances as level>
      <div class="checkbox"><input type="radio" id="${p}relevance-${level}" name="${p}relevance" value="${level}"<#if form.relevanceName() == level> checked</#if>><label for="${p}relevance-${level}">${t("relevance.level." + level)}</label></div>
      </#list>
    </fieldset>
    <#assign controlOptions = []><#list controls as c><#assign controlOptions = controlOptions + [[c, t("relevance.control." + c)]]></#list>
    <@f.select errors=errors name=p + "control" label=t("relevance.field.control") options=controlOptions selected=form.controlName() empty=t("relevance.control.none") hint=t("relevance.field.control-hint")/>
    <#assign open = errors.fields?keys?filter(k -> k?starts_with(p))?has_content || (form.collaborators()!"")?has_content || (form.contribution()!"")?has_content || (form.steering()!"")?has_content || (form.challenges()!"")?has_content || (form.note()!"")?has_content || (chosen[target.id()?c]![])?has_content>
    <details class="assess__more"<#if open> open</#if>>
      <summary>${t("relevance.more")}</summary>
      <@f.input errors=errors name=p + "collaborators" label=t("relevance.field.collaborators") value=form.collaborators()!"" hint=t("relevance.field.collaborators-hint") maxlength=500/>
      <@f.textarea errors=errors name=p + "contribution" label=t("relevance.field.contribution") value=form.contribution()!"" hint=t("relevance.field.contribution-hint") maxlength=4000/>
      <#assign choices = examples[target.id()?c]![]><#assign picked = chosen[target.id()?c]![]>
      <#if choices?has_content>
      <fieldset class="field" id="${p}examples">
        <legend>${t("relevance.field.examples")}</legend>
        <p class="hint">${t("relevance.field.examples-hint")}</p>
        <#list choices as c>
        <div class="checkbox"><input type="checkbox" id="${p}example-${c?index}" name="${p}examples" value="${c.href()}"<#if picked?seq_contains(c.href())> checked</#if>><label for="${p}example-${c?index}"><@g.text c.title()/><#if c.organisation().value()?has_content> – <bdi>${c.organisation().value()}</bdi></#if></label>
          <a href="${c.href()}">${t("relevance.field.examples-open")}<span class="visually-hidden">: <@g.text c.title()/></span></a></div>
        </#list>
      </fieldset>
      </#if>
      <@f.textarea errors=errors name=p + "steering" label=t("relevance.field.steering") value=form.steering()!"" maxlength=2000/>
      <@f.textarea errors=errors name=p + "challenges" label=t("relevance.field.challenges") value=form.challenges()!"" maxlength=4000/>
      <@f.textarea errors=errors name=p + "note" label=t("relevance.field.note") value=form.note()!"" maxlength=4000/>
    </details>
    </div>
    <@r.evidencePanel evidence[target.id()?c] p/>
    </div>
  </section>
  </#list>
  <#if !round.closed()>
  <div class="actions">
    <button type="submit" class="button" name="action" value="save">${t("relevance.save")}</button>
    <#if next??><button type="submit" class="button button--quiet" name="action" value="next">${t("relevance.save-next", next.code())}</button></#if>
  </div>
  <h2>${t("relevance.not-relevant.title")}</h2>
  <p>${t("relevance.not-relevant.hint")}</p>
  <button type="submit" class="button button--quiet" name="action" value="not-relevant">${t("relevance.not-relevant", goal.code())}</button>
  </#if>
</form>
</@layout.page>
