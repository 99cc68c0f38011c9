<#-- The dots activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>

<#macro form a id>
    <form method="post" action="/w/${workshop.code()}/input" class="form" data-live-form>
      <@p.hidden a "DOTS"/>
      <fieldset>
        <legend>${t("workshop.dots.legend", a.config().budget(), a.config().cap())}</legend>
        <#list a.config().optionList() as o>
        <div class="field field--number">
          <label for="dots-${id}-${o?index?c}">${o}</label>
          <input id="dots-${id}-${o?index?c}" name="dots-${o?index?c}" type="number" min="0" max="${a.config().cap()?c}" value="${a.myDotsOn(o?index)?c}" inputmode="numeric">
        </div>
        </#list>
      </fieldset>
      <p class="hint">${t("workshop.dots.used", a.myDotsUsed(), a.config().budget())}</p>
      <button type="submit" class="button">${t("workshop.dots.submit")}</button>
    </form>
</#macro>

<#macro results a kind>
<@p.bars a kind/>
</#macro>
