<#-- The dots activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>
<#import "../../charts.ftl" as ch>

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

<#-- On the big screen: the options as a ranking by dots, most first. -->
<#macro present a>
<#if a.resultsShown()>
<p class="stage__total">${t("workshop.respondents.plural", a.respondents())}</p>
<#-- each label isolated (FSI ... PDI) so its own words set its direction: "1. Fler busslinjer" on an Arabic screen, not "Fler busslinjer .1" -->
<#local ranked = []><#list a.ranking() as o><#local ranked = ranked + [{"label": "\x2068" + (o?index + 1) + ". " + o.label() + "\x2069", "count": o.count(), "percent": o.percent()}]></#list>
<#local c = charts.bars("chart-" + a.activity().id()?c, a.activity().title(), t("workshop.present.ranking-desc", a.respondents())).axes(t("workshop.present.axis-dots"), "")>
<#list ranked as o><#local c = c.bar(o.label, o.count, t("workshop.count-percent", o.count, o.percent))></#list>
<@ch.figure chart=c table="hidden"/>
<#else><@s.answered a/></#if>
</#macro>
