<#-- The breakout activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>

<#macro form a id>
    <@p.breakoutParticipant a/>
</#macro>

<#macro results a kind>
  <#if a.facilitator() || a.showResults()>
  <h3>${t("workshop.breakout.boards")}</h3>
  <div class="boards">
  <#list a.groups() as gr>
    <section class="board" aria-labelledby="board-${a.activity().id()?c}-${gr.number()?c}">
      <h4 id="board-${a.activity().id()?c}-${gr.number()?c}">${t("workshop.group.name", gr.number())} <span class="board__members">(${t("workshop.group.members.plural", gr.members())})</span></h4>
      <#list a.config().questionList() as q>
        <h5>${q}</h5>
        <#if gr.answers()[q?index]?has_content>
        <ul class="items"><#list gr.answers()[q?index] as i><@p.itemLine a i/></#list></ul>
        <#else><p class="empty">${t("workshop.none-yet")}</p></#if>
      </#list>
    </section>
  </#list>
  </div>
  <#elseif a.myGroup() gt 0>
  <#list a.groups() as gr><#if gr.number() == a.myGroup()>
    <h3>${t("workshop.breakout.your-board")}</h3>
    <#list a.config().questionList() as q>
      <h4>${q}</h4>
      <#if gr.answers()[q?index]?has_content><ul class="items"><#list gr.answers()[q?index] as i><@p.itemLine a i/></#list></ul><#else><p class="empty">${t("workshop.none-yet")}</p></#if>
    </#list>
  </#if></#list>
  </#if>
</#macro>
