import { Component } from '@angular/core';

@Component({
  selector: 'regie-web-util',
  imports: [],
  templateUrl: './web-util.html',
  styleUrl: './web-util.css'
})
export class WebUtil {}
