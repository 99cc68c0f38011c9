<#-- The rating activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>

<#macro form a id>
    <form method="post" action="/w/${workshop.code()}/input" class="form" data-live-form>
      <@p.hidden a "RATE"/>
      <fieldset class="scale">
        <legend>${t("workshop.rating.legend", a.config().min(), a.config().max())}</legend>
        <#list a.config().min()..a.config().max() as v>
        <div class="radio radio--scale">
          <input type="radio" id="rate-${id}-${v?c}" name="value" value="${v?c}"<#if a.myChoices()?seq_contains(v)> checked</#if>>
          <label for="rate-${id}-${v?c}">${v}</label>
        </div>
        </#list>
      </fieldset>
      <button type="submit" class="button">${t("workshop.send")}</button>
    </form>
</#macro>

<#macro results a kind>
<@p.bars a kind/>
</#macro>

<#-- On the big screen: the mean, large, and how the answers spread over the scale. -->
<#macro present a>
<#if a.resultsShown()>
<p class="stage__total"><#if a.respondents() gt 0><span class="stage__mean">${t("workshop.rating.mean", fmt.number(a.mean()))}</span> · </#if>${t("workshop.respondents.plural", a.respondents())}</p>
<@s.bars a a.counts() t("workshop.present.scale-desc", a.respondents(), a.config().min(), a.config().max())/>
<#else><@s.answered a/></#if>
</#macro>
