import { Component } from '@angular/core';

@Component({
  selector: 'regie-web-feature-account',
  imports: [],
  templateUrl: './web-feature-account.html',
  styleUrl: './web-feature-account.css'
})
export class WebFeatureAccount {}
